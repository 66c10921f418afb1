using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class IdentityUserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder)
    {
        builder.Property(l => l.LoginProvider).HasMaxLength(PortalUserConfiguration.ExternalKeyLength);
        builder.Property(l => l.ProviderKey).HasMaxLength(PortalUserConfiguration.ExternalKeyLength);
    }
}
