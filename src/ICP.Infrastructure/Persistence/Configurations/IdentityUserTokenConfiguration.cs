using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class IdentityUserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder)
    {
        builder.Property(t => t.LoginProvider).HasMaxLength(PortalUserConfiguration.ExternalKeyLength);
        builder.Property(t => t.Name).HasMaxLength(PortalUserConfiguration.ExternalKeyLength);
    }
}
