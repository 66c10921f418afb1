using ICP.Domain.Applications;
using ICP.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationStatusChangeConfiguration : IEntityTypeConfiguration<ApplicationStatusChange>
{
    public void Configure(EntityTypeBuilder<ApplicationStatusChange> builder)
    {
        builder.ToTable("ApplicationStatusChanges");
        builder.Property(c => c.ActorId).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(c => c.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(TextLimits.Reason).IsRequired();
        builder.HasIndex(c => new { c.ApplicationId, c.At });
    }
}
