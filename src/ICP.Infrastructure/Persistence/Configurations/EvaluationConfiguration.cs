using ICP.Domain.Applications;
using ICP.Domain.Audit;
using ICP.Domain.Authorities;
using ICP.Domain.Common;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class EvaluatorDeclarationConfiguration : IEntityTypeConfiguration<EvaluatorDeclaration>
{
    public void Configure(EntityTypeBuilder<EvaluatorDeclaration> builder)
    {
        builder.ToTable("EvaluatorDeclarations");
        builder.Property(d => d.EvaluatorId).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Ignore(d => d.IsConfirmed);
        builder.HasIndex(d => new { d.CallId, d.EvaluatorId }).IsUnique();
        builder.HasOne<Call>().WithMany().HasForeignKey(d => d.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.EvaluatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Conflicts).WithOne().HasForeignKey(c => c.DeclarationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeclaredConflictConfiguration : IEntityTypeConfiguration<DeclaredConflict>
{
    public void Configure(EntityTypeBuilder<DeclaredConflict> builder)
    {
        builder.ToTable("DeclaredConflicts");
        builder.Property(c => c.CountryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false);
        builder.HasOne<LocalAuthority>().WithMany().HasForeignKey(c => c.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("Assignments");
        builder.Property(a => a.EvaluatorId).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(a => a.AssignedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.HasIndex(a => new { a.ApplicationId, a.EvaluatorId }).IsUnique();
        builder.HasIndex(a => a.EvaluatorId);
        builder.HasOne<Application>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.EvaluatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("Evaluations");
        builder.Property(e => e.EvaluatorId).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(e => e.Comment).HasMaxLength(TextLimits.EvaluationComment).IsRequired();
        builder.Property(e => e.WeightedTotal).HasPrecision(5, 2);
        builder.Property(e => e.ConcurrencyToken).IsConcurrencyToken();
        builder.HasIndex(e => e.AssignmentId).IsUnique();
        builder.HasIndex(e => new { e.ApplicationId, e.Status });
        builder.HasOne<Assignment>().WithMany().HasForeignKey(e => e.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(e => e.Scores).WithOne().HasForeignKey(s => s.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> builder)
    {
        builder.ToTable("CriterionScores");
        builder.Property(s => s.Comment).HasMaxLength(TextLimits.CriterionComment).IsRequired();
        builder.HasIndex(s => new { s.EvaluationId, s.CriterionId }).IsUnique();
        builder.HasOne<EvaluationCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApplicationScoreConfiguration : IEntityTypeConfiguration<ApplicationScore>
{
    public void Configure(EntityTypeBuilder<ApplicationScore> builder)
    {
        builder.ToTable("ApplicationScores");
        builder.HasKey(s => s.ApplicationId);
        builder.Property(s => s.ApplicationId).ValueGeneratedNever();
        builder.Property(s => s.Mean).HasPrecision(5, 2);
        builder.Property(s => s.Spread).HasPrecision(5, 2);
        builder.Property(s => s.ConsensusComment).HasMaxLength(TextLimits.ConsensusComment).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.Mean);
        builder.HasOne<Application>().WithOne().HasForeignKey<ApplicationScore>(s => s.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SelectionDecisionConfiguration : IEntityTypeConfiguration<SelectionDecision>
{
    public void Configure(EntityTypeBuilder<SelectionDecision> builder)
    {
        builder.ToTable("SelectionDecisions");
        builder.Property(d => d.QuotaGroupCode).HasMaxLength(8).IsRequired();
        builder.Property(d => d.TerritoryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(d => d.DecidedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(d => d.ReleasedBy).HasMaxLength(PortalUserConfiguration.IdLength);
        builder.Property(d => d.Note).HasMaxLength(TextLimits.SelectionNote).IsRequired();

        // One decision per application: staging again changes it.
        builder.HasIndex(d => d.ApplicationId).IsUnique();
        builder.HasIndex(d => new { d.CallId, d.QuotaGroupCode, d.State });
        builder.HasOne<Application>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Call>().WithMany().HasForeignKey(d => d.CallId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.ActorId).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(AuditEntry.SubjectLength).IsRequired();
        builder.Property(e => e.Details).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(TextLimits.Reason).IsRequired();
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Action, e.At });
        builder.HasIndex(e => e.Subject);
    }
}
