using ICP.Domain.Authorities;
using ICP.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class DeclaredConflictConfiguration : IEntityTypeConfiguration<DeclaredConflict>
{
    public void Configure(EntityTypeBuilder<DeclaredConflict> builder)
    {
        builder.ToTable("DeclaredConflicts");
        builder.Property(c => c.CountryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false);
        builder.HasOne<LocalAuthority>().WithMany().HasForeignKey(c => c.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}
