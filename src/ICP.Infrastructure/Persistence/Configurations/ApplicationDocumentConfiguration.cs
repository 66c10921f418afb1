using ICP.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.ToTable("ApplicationDocuments");
        builder.Property(d => d.StorageKey).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.Property(d => d.FileName).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(d => d.UploadedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(d => d.UploadedByName).HasMaxLength(200).IsRequired();
    }
}
