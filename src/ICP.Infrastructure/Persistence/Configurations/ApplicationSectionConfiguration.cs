using ICP.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationSectionConfiguration : IEntityTypeConfiguration<ApplicationSection>
{
    public void Configure(EntityTypeBuilder<ApplicationSection> builder)
    {
        builder.ToTable("ApplicationSections");
        builder.Property(s => s.DataJson).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.UpdatedBy).HasMaxLength(PortalUserConfiguration.IdLength);
        builder.Property(s => s.UpdatedByName).HasMaxLength(200);
        builder.HasIndex(s => new { s.ApplicationId, s.Step }).IsUnique();
    }
}
