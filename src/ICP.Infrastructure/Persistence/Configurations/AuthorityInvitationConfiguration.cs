using ICP.Domain.Authorities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class AuthorityInvitationConfiguration : IEntityTypeConfiguration<AuthorityInvitation>
{
    public void Configure(EntityTypeBuilder<AuthorityInvitation> builder)
    {
        builder.ToTable("AuthorityInvitations");
        builder.Property(i => i.Email).HasMaxLength(256).IsRequired();
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(i => i.InvitedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(i => i.AcceptedBy).HasMaxLength(PortalUserConfiguration.IdLength);
        builder.HasIndex(i => i.TokenHash).IsUnique();
    }
}
