using ICP.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    /// <summary>Identity ids are GUIDs in text ("d" format, 36 characters).</summary>
    public const int IdLength = 36;

    /// <summary>Login provider names, provider keys and token names.</summary>
    public const int ExternalKeyLength = 128;

    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.Id).HasMaxLength(IdLength);
        builder.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        builder.Property(u => u.PreferredCulture).HasMaxLength(10).IsRequired();
    }
}

// Identity's defaults (nvarchar(450) ids, composite keys of two or three of them) give SQL Server
// clustered keys of 1,800 to 2,700 bytes, over its 900-byte limit. Ids are GUIDs, so 36 is enough.

internal sealed class IdentityRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.Property(r => r.Id).HasMaxLength(PortalUserConfiguration.IdLength);
}

internal sealed class IdentityUserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder)
    {
        builder.Property(l => l.LoginProvider).HasMaxLength(PortalUserConfiguration.ExternalKeyLength);
        builder.Property(l => l.ProviderKey).HasMaxLength(PortalUserConfiguration.ExternalKeyLength);
    }
}

internal sealed class IdentityUserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder)
    {
        builder.Property(t => t.LoginProvider).HasMaxLength(PortalUserConfiguration.ExternalKeyLength);
        builder.Property(t => t.Name).HasMaxLength(PortalUserConfiguration.ExternalKeyLength);
    }
}
