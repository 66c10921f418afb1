using ICP.Domain.Applications;
using ICP.Domain.Authorities;
using ICP.Domain.Messaging;
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
        builder.HasIndex(a => new { a.CallId, a.Status });

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

internal sealed class ApplicationSectionConfiguration : IEntityTypeConfiguration<ApplicationSection>
{
    public void Configure(EntityTypeBuilder<ApplicationSection> builder)
    {
        builder.ToTable("ApplicationSections");
        builder.Property(s => s.DataJson).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.UpdatedBy).HasMaxLength(PortalUserConfiguration.IdLength);
        builder.Property(s => s.UpdatedByName).HasMaxLength(200);
        builder.HasIndex(s => new { s.ApplicationId, s.Step }).IsUnique();
    }
}

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.ToTable("ApplicationDocuments");
        builder.Property(d => d.StorageKey).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.Property(d => d.FileName).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(d => d.UploadedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(d => d.UploadedByName).HasMaxLength(200).IsRequired();
    }
}

internal sealed class ApplicationVersionConfiguration : IEntityTypeConfiguration<ApplicationVersion>
{
    public void Configure(EntityTypeBuilder<ApplicationVersion> builder)
    {
        builder.ToTable("ApplicationVersions");
        builder.Property(v => v.ContentJson).IsRequired();
        builder.Property(v => v.ContentSha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(v => v.DocumentSha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(v => v.ReceiptCode).HasMaxLength(16).IsUnicode(false).IsRequired();
        builder.Property(v => v.SubmittedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(v => v.SubmittedByName).HasMaxLength(200).IsRequired();

        // The database itself refuses a second version for the same submit, or two versions with one number.
        builder.HasIndex(v => new { v.ApplicationId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.ApplicationId, v.IdempotencyKey }).IsUnique();
        builder.HasIndex(v => v.ReceiptCode).IsUnique();

        // Not cascading: the application already cascades to both documents and versions.
        builder.HasOne<ApplicationDocument>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Theme>().WithMany().HasForeignKey(v => v.PrimaryThemeId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Theme>().WithMany().HasForeignKey(v => v.SecondaryThemeId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class ApplicationStatusChangeConfiguration : IEntityTypeConfiguration<ApplicationStatusChange>
{
    public void Configure(EntityTypeBuilder<ApplicationStatusChange> builder)
    {
        builder.ToTable("ApplicationStatusChanges");
        builder.Property(c => c.ActorId).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(c => c.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(1000).IsRequired();
        builder.HasIndex(c => new { c.ApplicationId, c.At });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.To).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectLength).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.HtmlBody).IsRequired();

        // An .ics of one activity (a few kilobytes); removed with the bodies once delivered.
        builder.Property(m => m.CalendarAttachment);
        builder.Property(m => m.Kind).HasMaxLength(64).IsRequired();
        builder.Property(m => m.RelatedReference).HasMaxLength(32);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.ConcurrencyToken).IsConcurrencyToken();
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
        builder.HasIndex(m => m.RelatedReference);

        // How many messages went to one address lately (the per-recipient limit) is asked by time.
        builder.HasIndex(m => m.CreatedAt);
    }
}
