using ICP.Domain.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ActivityRegistrationConfiguration : IEntityTypeConfiguration<ActivityRegistration>
{
    public void Configure(EntityTypeBuilder<ActivityRegistration> builder)
    {
        builder.ToTable("ActivityRegistrations");
        builder.Property(r => r.Name).HasMaxLength(ActivityRegistration.NameLength).IsRequired();
        builder.Property(r => r.Email).HasMaxLength(ActivityRegistration.EmailLength).IsRequired();
        builder.Property(r => r.Organisation).HasMaxLength(ActivityRegistration.OrganisationLength).IsRequired();
        builder.Property(r => r.CountryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(r => r.Culture).HasMaxLength(ActivityRegistration.CultureLength).IsUnicode(false).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(24).IsRequired();
        builder.Property(r => r.ConfirmTokenHash).HasMaxLength(RegistrationToken.HashLength).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(r => r.CancelTokenHash).HasMaxLength(RegistrationToken.HashLength).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(r => r.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(r => r.IsActive);

        // A link is found by its token's hash alone.
        builder.HasIndex(r => r.ConfirmTokenHash).IsUnique();
        builder.HasIndex(r => r.CancelTokenHash).IsUnique();
        builder.HasIndex(r => new { r.ActivityId, r.Email });
        builder.HasIndex(r => new { r.ActivityId, r.Status });
    }
}
