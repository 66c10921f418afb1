using ICP.Domain.Activities;
using ICP.Domain.Applications;
using ICP.Domain.Cooperation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.ToTable("Delegations");
        builder.Property(d => d.ChangedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();

        // Renewed by every change: a city's two officers (or an officer and staff) cannot both win (ADR 12).
        builder.Property(d => d.ConcurrencyToken).IsConcurrencyToken();

        // One delegation per city and visit: two first registrations at once cannot make two lists.
        builder.HasIndex(d => new { d.ActivityId, d.ApplicationId }).IsUnique();
        builder.HasOne<Activity>().WithMany().HasForeignKey(d => d.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Application>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Delegates).WithOne().HasForeignKey(x => x.DelegationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Delegates).HasField("_delegates");
    }
}
