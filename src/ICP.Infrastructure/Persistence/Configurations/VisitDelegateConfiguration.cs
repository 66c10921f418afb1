using ICP.Domain.Cooperation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class VisitDelegateConfiguration : IEntityTypeConfiguration<VisitDelegate>
{
    public void Configure(EntityTypeBuilder<VisitDelegate> builder)
    {
        builder.ToTable("VisitDelegates");
        builder.Property(d => d.Name).HasMaxLength(VisitDelegate.NameLength).IsRequired();
        builder.Property(d => d.Role).HasMaxLength(VisitDelegate.RoleLength).IsRequired();
        builder.Property(d => d.Email).HasMaxLength(VisitDelegate.EmailLength).IsRequired();
        builder.Property(d => d.AddedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.HasIndex(d => d.DelegationId);
    }
}
