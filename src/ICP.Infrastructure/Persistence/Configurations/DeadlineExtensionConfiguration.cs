using ICP.Domain.Common;
using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class DeadlineExtensionConfiguration : IEntityTypeConfiguration<DeadlineExtension>
{
    public void Configure(EntityTypeBuilder<DeadlineExtension> builder)
    {
        builder.ToTable("DeadlineExtensions");
        builder.Property(e => e.Reason).HasMaxLength(TextLimits.Reason).IsRequired();
        builder.Property(e => e.GrantedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
    }
}
