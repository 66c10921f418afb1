using ICP.Domain.Applications;
using ICP.Domain.Authorities;
using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("Applications");
        builder.Property(a => a.Reference).HasMaxLength(32).IsUnicode(false).IsRequired();
        builder.Property(a => a.TerritoryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(a => a.QuotaGroupCode).HasMaxLength(8).IsRequired();
        builder.Property(a => a.CreatedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(a => a.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(a => a.CurrentDocument);
        builder.Ignore(a => a.LatestVersion);

        builder.HasIndex(a => a.Reference).IsUnique();

        // One application per local authority per call.
        builder.HasIndex(a => new { a.CallId, a.LocalAuthorityId }).IsUnique();
        // The staff list's counts read only these columns: the index answers them without the table
        // (and its prefix serves every lookup by call and status).
        builder.HasIndex(a => new { a.CallId, a.Status, a.QuotaGroupCode, a.LatestPrimaryThemeId, a.LatestSecondaryThemeId })
            .HasDatabaseName("IX_Applications_StaffCounts");

        // The staff list's default order, walked by keyset: a page is 50 index steps, not a sort of the call.
        builder.HasIndex(a => new { a.CallId, a.Reference }).IsUnique();

        // Submitted applications are records: deleting a call or an authority never takes them along.
        builder.HasOne<Call>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LocalAuthority>().WithMany().HasForeignKey(a => a.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Territory>().WithMany().HasForeignKey(a => a.TerritoryCode).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(a => a.Sections).WithOne().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.StatusChanges).WithOne().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
