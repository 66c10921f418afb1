using ICP.Infrastructure.Identity;
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
