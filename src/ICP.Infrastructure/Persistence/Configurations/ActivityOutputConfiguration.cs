using ICP.Domain.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ActivityOutputConfiguration : IEntityTypeConfiguration<ActivityOutput>
{
    public void Configure(EntityTypeBuilder<ActivityOutput> builder)
    {
        builder.ToTable("ActivityOutputs");
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(o => o.Title).HasMaxLength(ActivityOutput.TitleLength).IsRequired();
        builder.Property(o => o.Link).HasMaxLength(ActivityOutput.LinkLength).IsRequired();
        builder.Property(o => o.StorageKey).HasMaxLength(100).IsUnicode(false);
        builder.Property(o => o.FileName).HasMaxLength(ActivityOutput.FileNameLength).IsRequired();
        builder.Property(o => o.Sha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(o => o.AddedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(o => o.ChangedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();

        // Renewed by every change: a change from an out-of-date staff page is reported (ADR 12).
        builder.Property(o => o.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(o => o.IsFile);

        // The activity's list (staff) and its public outputs (public page); the sweep looks files up by key.
        builder.HasIndex(o => new { o.ActivityId, o.IsPublic });
        builder.HasIndex(o => o.StorageKey).IsUnique();
        builder.HasOne<Activity>().WithMany().HasForeignKey(o => o.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}
