using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.ToTable("Calls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(32).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.ReferencePrefix).HasMaxLength(16).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(300).IsRequired();
        builder.Property(c => c.ShortTitle).HasMaxLength(50).IsRequired();
        builder.Property(c => c.Summary).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.ManagedBy).HasMaxLength(300).IsRequired();
        builder.Property(c => c.TimeZoneId).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Zone);
        builder.Ignore(c => c.CurrentDeadline);

        builder.HasMany(c => c.Objectives).WithOne().HasForeignKey(o => o.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Themes).WithOne().HasForeignKey(t => t.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.QuotaGroups).WithOne().HasForeignKey(g => g.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Phases).WithOne().HasForeignKey(p => p.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.DeadlineExtensions).WithOne().HasForeignKey(e => e.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.IndividualExtensions).WithOne().HasForeignKey(e => e.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}
