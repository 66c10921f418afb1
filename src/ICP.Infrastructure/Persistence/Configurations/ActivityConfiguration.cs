using ICP.Domain.Activities;
using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("Activities");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(Activity.TitleLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(Activity.DescriptionLength).IsRequired();
        builder.Property(a => a.TimeZoneId).HasMaxLength(Activity.TimeZoneIdLength).IsUnicode(false).IsRequired();
        builder.Property(a => a.HostCity).HasMaxLength(Activity.PlaceLength).IsRequired();
        builder.Property(a => a.Place).HasMaxLength(Activity.PlaceLength).IsRequired();
        builder.Property(a => a.Agenda).HasMaxLength(Activity.AgendaLength).IsRequired();
        builder.Property(a => a.ThemeSlug).HasMaxLength(Activity.ThemeSlugLength).IsRequired();
        builder.Property(a => a.Speakers).HasMaxLength(Activity.SpeakersLength).IsRequired();
        builder.Property(a => a.JoiningLink).HasMaxLength(Activity.JoiningLinkLength).IsRequired();
        builder.Property(a => a.CreatedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(a => a.ChangedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();

        // Renewed by every change, registrations included: two confirmations at once cannot both take the last place (ADR 12).
        builder.Property(a => a.ConcurrencyToken).IsConcurrencyToken();

        builder.HasIndex(a => new { a.CallId, a.StartsAt });
        builder.HasIndex(a => a.CalendarUid).IsUnique();

        // Restrict / no action: SQL Server refuses two cascade paths (call → phase → activity and call → activity).
        builder.HasOne<Call>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TimelinePhase>().WithMany().HasForeignKey(a => a.PhaseId).OnDelete(DeleteBehavior.NoAction);

        builder.HasMany(a => a.Registrations).WithOne().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Registrations).HasField("_registrations");
        builder.HasMany(a => a.Sessions).WithOne().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Sessions).HasField("_sessions");
        builder.Ignore(a => a.WaitingList);
        builder.Ignore(a => a.TakesPublicRegistrations);
        builder.Ignore(a => a.PublicPlaces);
        builder.Ignore(a => a.PlacesTaken);
        builder.Ignore(a => a.PlacesLeft);
    }
}
