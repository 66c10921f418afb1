using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationScoreConfiguration : IEntityTypeConfiguration<ApplicationScore>
{
    public void Configure(EntityTypeBuilder<ApplicationScore> builder)
    {
        builder.ToTable("ApplicationScores");
        builder.HasKey(s => s.ApplicationId);
        builder.Property(s => s.ApplicationId).ValueGeneratedNever();
        builder.Property(s => s.Mean).HasPrecision(5, 2);
        builder.Property(s => s.Spread).HasPrecision(5, 2);
        builder.Property(s => s.ConsensusComment).HasMaxLength(TextLimits.ConsensusComment).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.Mean);
        builder.HasOne<Application>().WithOne().HasForeignKey<ApplicationScore>(s => s.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
