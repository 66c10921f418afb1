using ICP.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> builder)
    {
        builder.ToTable("SignInFailures");
        builder.Property(f => f.Account).HasMaxLength(256).IsRequired();
        builder.Property(f => f.Source).HasMaxLength(64).IsRequired();

        // Read by address and time at every sign-in; old rows are deleted by time.
        builder.HasIndex(f => new { f.Account, f.At });
        builder.HasIndex(f => f.At);
    }
}
