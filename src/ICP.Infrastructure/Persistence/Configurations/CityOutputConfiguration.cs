using ICP.Domain.Applications;
using ICP.Domain.Cooperation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class CityOutputConfiguration : IEntityTypeConfiguration<CityOutput>
{
    public void Configure(EntityTypeBuilder<CityOutput> builder)
    {
        builder.ToTable("CityOutputs");
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(24).IsRequired();
        builder.Property(o => o.Title).HasMaxLength(CityOutput.TitleLength).IsRequired();
        builder.Property(o => o.StorageKey).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.Property(o => o.FileName).HasMaxLength(CityOutput.FileNameLength).IsRequired();
        builder.Property(o => o.Sha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(o => o.UploadedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(o => o.UploadedByName).HasMaxLength(200).IsRequired();
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(o => o.Note).HasMaxLength(CityOutput.NoteLength).IsRequired();
        builder.Property(o => o.ReviewedBy).HasMaxLength(PortalUserConfiguration.IdLength);

        // Renewed by every review: two staff members reviewing at once cannot both win (ADR 12).
        builder.Property(o => o.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(o => o.IsPublished);

        // The city's own list, and the public page's published ones.
        builder.HasIndex(o => new { o.ApplicationId, o.UploadedAt });
        builder.HasIndex(o => o.State);
        builder.HasIndex(o => o.StorageKey).IsUnique();
        builder.HasOne<Application>().WithMany().HasForeignKey(o => o.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
