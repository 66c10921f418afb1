using ICP.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.To).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectLength).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.HtmlBody).IsRequired();

        // An .ics of one activity (a few kilobytes); removed with the bodies once delivered.
        builder.Property(m => m.CalendarAttachment);
        builder.Property(m => m.Kind).HasMaxLength(64).IsRequired();
        builder.Property(m => m.RelatedReference).HasMaxLength(32);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.ConcurrencyToken).IsConcurrencyToken();
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
        builder.HasIndex(m => m.RelatedReference);

        // How many messages went to one address lately (the per-recipient limit) is asked by time.
        builder.HasIndex(m => m.CreatedAt);
    }
}
