using ICP.Domain.Authorities;
using ICP.Domain.Common;
using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class IndividualExtensionConfiguration : IEntityTypeConfiguration<IndividualExtension>
{
    public void Configure(EntityTypeBuilder<IndividualExtension> builder)
    {
        builder.ToTable("IndividualExtensions");
        builder.Property(e => e.Reason).HasMaxLength(TextLimits.Reason).IsRequired();
        builder.Property(e => e.GrantedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(e => e.RevokedBy).HasMaxLength(PortalUserConfiguration.IdLength);
        builder.Ignore(e => e.IsActive);
        builder.HasIndex(e => new { e.CallId, e.LocalAuthorityId });
        builder.HasOne<LocalAuthority>().WithMany().HasForeignKey(e => e.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}
