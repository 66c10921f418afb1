using ICP.Domain.Applications;
using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationVersionConfiguration : IEntityTypeConfiguration<ApplicationVersion>
{
    public void Configure(EntityTypeBuilder<ApplicationVersion> builder)
    {
        builder.ToTable("ApplicationVersions");
        builder.Property(v => v.ContentJson).IsRequired();
        builder.Property(v => v.ContentSha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(v => v.DocumentSha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(v => v.ReceiptCode).HasMaxLength(16).IsUnicode(false).IsRequired();
        builder.Property(v => v.SubmittedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(v => v.SubmittedByName).HasMaxLength(200).IsRequired();

        // The database itself refuses a second version for the same submit, or two versions with one number.
        builder.HasIndex(v => new { v.ApplicationId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.ApplicationId, v.IdempotencyKey }).IsUnique();
        builder.HasIndex(v => v.ReceiptCode).IsUnique();

        // Not cascading: the application already cascades to both documents and versions.
        builder.HasOne<ApplicationDocument>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Theme>().WithMany().HasForeignKey(v => v.PrimaryThemeId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Theme>().WithMany().HasForeignKey(v => v.SecondaryThemeId).OnDelete(DeleteBehavior.NoAction);
    }
}
