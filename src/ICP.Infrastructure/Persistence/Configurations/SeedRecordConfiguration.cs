using ICP.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class SeedRecordConfiguration : IEntityTypeConfiguration<SeedRecord>
{
    public void Configure(EntityTypeBuilder<SeedRecord> builder)
    {
        builder.ToTable("SeedRecords");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Fingerprint).HasMaxLength(64).IsUnicode(false).IsRequired();
    }
}
