using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class CallObjectiveConfiguration : IEntityTypeConfiguration<CallObjective>
{
    public void Configure(EntityTypeBuilder<CallObjective> builder)
    {
        builder.ToTable("CallObjectives");
        builder.Property(o => o.Text).HasMaxLength(1000).IsRequired();
        builder.HasIndex(o => new { o.CallId, o.Order }).IsUnique();
    }
}
