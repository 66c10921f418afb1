using ICP.Domain.Authorities;
using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class LocalAuthorityConfiguration : IEntityTypeConfiguration<LocalAuthority>
{
    public void Configure(EntityTypeBuilder<LocalAuthority> builder)
    {
        builder.ToTable("LocalAuthorities");
        builder.Property(a => a.OfficialName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.NormalizedName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.CountryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(a => a.DesignatedSubmitterId).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(a => a.ConcurrencyToken).IsConcurrencyToken();

        // The same city cannot be registered twice in one country, however its name is typed.
        builder.HasIndex(a => new { a.CountryCode, a.NormalizedName }).IsUnique();

        // The staff list sorted by local authority, walked by keyset.
        builder.HasIndex(a => a.OfficialName);
        builder.HasOne<Territory>().WithMany().HasForeignKey(a => a.CountryCode).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(a => a.Members).WithOne().HasForeignKey(m => m.LocalAuthorityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Invitations).WithOne().HasForeignKey(i => i.LocalAuthorityId).OnDelete(DeleteBehavior.Cascade);
    }
}
