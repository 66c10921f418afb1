using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ContentTranslationConfiguration : IEntityTypeConfiguration<ContentTranslation>
{
    public void Configure(EntityTypeBuilder<ContentTranslation> builder)
    {
        builder.ToTable("ContentTranslations");

        // Kinds and fields as text: a new translatable entity adds rows, never a column or a migration.
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32).IsRequired();
        builder.Property(t => t.Field).HasConversion<string>().HasMaxLength(32).IsRequired();
        builder.Property(t => t.Culture).HasMaxLength(10).IsRequired();
        builder.Property(t => t.Text).HasMaxLength(ContentTranslation.MaxTextLength).IsRequired();
        builder.Property(t => t.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(t => t.Version).IsConcurrencyToken();

        builder.HasIndex(t => new { t.Kind, t.EntityId, t.Field, t.Culture }).IsUnique();
        builder.HasIndex(t => new { t.CallId, t.Culture });
        builder.HasOne<Call>().WithMany().HasForeignKey(t => t.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}
