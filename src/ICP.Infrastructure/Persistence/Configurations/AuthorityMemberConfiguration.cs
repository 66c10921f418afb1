using ICP.Domain.Authorities;
using ICP.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class AuthorityMemberConfiguration : IEntityTypeConfiguration<AuthorityMember>
{
    public void Configure(EntityTypeBuilder<AuthorityMember> builder)
    {
        builder.ToTable("AuthorityMembers");
        builder.Property(m => m.UserId).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();

        // A person works for one local authority.
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
