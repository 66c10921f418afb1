using ICP.Domain.Activities;
using ICP.Domain.Applications;
using ICP.Domain.Cooperation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class CityCalendarFeedConfiguration : IEntityTypeConfiguration<CityCalendarFeed>
{
    public void Configure(EntityTypeBuilder<CityCalendarFeed> builder)
    {
        builder.ToTable("CityCalendarFeeds");
        builder.Property(f => f.TokenHash).HasMaxLength(RegistrationToken.HashLength).IsUnicode(false).IsRequired();
        builder.Property(f => f.IssuedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(f => f.IssuedByName).HasMaxLength(CityCalendarFeed.IssuedByNameLength).IsRequired();
        builder.Property(f => f.ConcurrencyToken).IsConcurrencyToken();

        // One feed per city (two officers asking at once cannot make two), found by its token's hash.
        builder.HasIndex(f => f.ApplicationId).IsUnique();
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasOne<Application>().WithMany().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
