using ICP.Domain.Activities;
using ICP.Domain.Applications;
using ICP.Domain.Audit;
using ICP.Domain.Authorities;
using ICP.Domain.Cooperation;
using ICP.Domain.Evaluation;
using ICP.Domain.Messaging;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ICP.Infrastructure.Persistence;

/// <summary>
/// The portal's unit of work: programme data and the Identity tables. Abstract because each
/// database provider has its own subclass, which owns that provider's migration set.
/// </summary>
public abstract class IcpDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<Call> Calls => Set<Call>();

    public DbSet<CallObjective> CallObjectives => Set<CallObjective>();

    public DbSet<Territory> Territories => Set<Territory>();

    public DbSet<Theme> Themes => Set<Theme>();

    public DbSet<QuotaGroup> QuotaGroups => Set<QuotaGroup>();

    public DbSet<TimelinePhase> TimelinePhases => Set<TimelinePhase>();

    public DbSet<ProgrammeEvent> ProgrammeEvents => Set<ProgrammeEvent>();

    public DbSet<EvaluationCriterion> EvaluationCriteria => Set<EvaluationCriterion>();

    public DbSet<ContentTranslation> ContentTranslations => Set<ContentTranslation>();

    public DbSet<DeadlineExtension> DeadlineExtensions => Set<DeadlineExtension>();

    public DbSet<IndividualExtension> IndividualExtensions => Set<IndividualExtension>();

    public DbSet<LocalAuthority> LocalAuthorities => Set<LocalAuthority>();

    public DbSet<AuthorityMember> AuthorityMembers => Set<AuthorityMember>();

    public DbSet<AuthorityInvitation> AuthorityInvitations => Set<AuthorityInvitation>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<ApplicationSection> ApplicationSections => Set<ApplicationSection>();

    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();

    public DbSet<ApplicationVersion> ApplicationVersions => Set<ApplicationVersion>();

    public DbSet<ApplicationStatusChange> ApplicationStatusChanges => Set<ApplicationStatusChange>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<EvaluatorDeclaration> EvaluatorDeclarations => Set<EvaluatorDeclaration>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<CriterionScore> CriterionScores => Set<CriterionScore>();

    public DbSet<ApplicationScore> ApplicationScores => Set<ApplicationScore>();

    public DbSet<SelectionDecision> SelectionDecisions => Set<SelectionDecision>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CooperationPlan> CooperationPlans => Set<CooperationPlan>();

    public DbSet<PartnerPair> PartnerPairs => Set<PartnerPair>();

    public DbSet<CityOutput> CityOutputs => Set<CityOutput>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<VisitDelegate> VisitDelegates => Set<VisitDelegate>();

    public DbSet<CityCalendarFeed> CityCalendarFeeds => Set<CityCalendarFeed>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<ActivityRegistration> ActivityRegistrations => Set<ActivityRegistration>();

    public DbSet<ConferenceSession> ConferenceSessions => Set<ConferenceSession>();

    public DbSet<ActivityOutput> ActivityOutputs => Set<ActivityOutput>();

    /// <summary>Account e-mails asked for on public forms, not yet worked out (see <see cref="AccountEmailRequest"/>).</summary>
    public DbSet<AccountEmailRequest> AccountEmailRequests => Set<AccountEmailRequest>();

    /// <summary>Recent failed sign-ins, by address and network (see <see cref="SignInFailure"/>).</summary>
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    /// <summary>The last seed check's fingerprint (see <see cref="Seeding.SeedRecord"/>).</summary>
    public DbSet<Seeding.SeedRecord> SeedRecords => Set<Seeding.SeedRecord>();

    /// <summary>ASP.NET Core Data Protection keys, shared by every instance (they protect sign-in cookies and antiforgery tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(IcpDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
