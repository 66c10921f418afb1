using ICP.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class AccountEmailRequestConfiguration : IEntityTypeConfiguration<AccountEmailRequest>
{
    public void Configure(EntityTypeBuilder<AccountEmailRequest> builder)
    {
        builder.ToTable("AccountEmailRequests");
        builder.Property(r => r.Email).HasMaxLength(256).IsRequired();
        builder.Property(r => r.LinkOrigin).HasMaxLength(300).IsRequired();
    }
}
