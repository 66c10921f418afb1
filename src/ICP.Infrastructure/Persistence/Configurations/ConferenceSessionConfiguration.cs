using ICP.Domain.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ConferenceSessionConfiguration : IEntityTypeConfiguration<ConferenceSession>
{
    public void Configure(EntityTypeBuilder<ConferenceSession> builder)
    {
        builder.ToTable("ConferenceSessions");
        builder.Property(s => s.Title).HasMaxLength(Activity.TitleLength).IsRequired();
        builder.Property(s => s.Speakers).HasMaxLength(Activity.SpeakersLength).IsRequired();
        builder.HasIndex(s => new { s.ActivityId, s.Order });
    }
}
