using FluentValidation;
using FluentValidation.AspNetCore;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Activities;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Authorities;
using ICP.Web.Features.Calls;
using ICP.Web.Features.Cooperation;
using ICP.Web.Features.Demo;
using ICP.Web.Features.Email;
using ICP.Web.Features.Evaluation;
using ICP.Web.Features.Messages;
using ICP.Web.Features.Operations;
using ICP.Web.Features.PersonalData;
using ICP.Web.Features.Programme;
using ICP.Web.Features.Selection;

namespace ICP.Web.Configuration;

/// <summary>The use cases (workflows), reads (queries) and form validators the controllers call.</summary>
public static class FeaturesSetup
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();

        // Validators run explicitly (async rules included); the adapters only add data-val-* hints to fields.
        // A field's rules stop at its first failure: an empty address is told "Enter your e-mail
        // address.", not that and "Enter a valid e-mail address." as well.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddValidatorsFromAssemblyContaining<RegisterFormValidator>(ServiceLifetime.Scoped);
        services.AddFluentValidationClientsideAdapters();

        services.AddScoped<CurrentCall>();
        services.AddMemoryCache();
        services.AddSingleton<CallCache>();
        services.AddScoped<EmailComposer>();
        services.AddScoped<ProgrammeQueries>();
        services.AddScoped<AccountWorkflow>();
        services.AddScoped<SignInWorkflow>();
        services.AddScoped<SessionWorkflow>();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<RecipientThrottle>();
        services.AddScoped<ICP.Infrastructure.Email.IOutboxPreparation, AccountEmailPreparation>();
        services.AddSingleton<PlaceholderPasswordHash>();
        services.AddScoped<AuthorityWorkflow>();
        services.AddScoped<StepValidation>();
        services.AddScoped<ApplicationWorkflow>();
        services.AddScoped<DocumentFilesWorkflow>();
        services.AddScoped<ApplicantQueries>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<StaffWorkflow>();
        services.AddScoped<StaffApplicationQueries>();
        services.AddScoped<EvaluationWorkflow>();
        services.AddScoped<EvaluationQueries>();
        services.AddScoped<SelectionWorkflow>();
        services.AddScoped<SelectionQueries>();
        services.AddScoped<SelectionBoards>();
        services.AddScoped<DeadlineWorkflow>();
        services.AddScoped<ICP.Web.Features.Translations.TranslationQueries>();
        services.AddScoped<ICP.Web.Features.Translations.TranslationWorkflow>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<MessageQueries>();
        services.AddScoped<DashboardQueries>();
        services.AddScoped<MessageWorkflow>();
        services.AddScoped<DemoData>();
        services.AddScoped<CooperationDemo>();
        services.AddScoped<BackupWorkflow>();
        services.AddScoped<PersonalDataWorkflow>();
        services.AddScoped<RetentionWorkflow>();
        services.AddScoped<CooperationQueries>();
        services.AddScoped<CooperationWorkflow>();
        services.AddScoped<ActivityQueries>();
        services.AddScoped<ActivityEmails>();
        services.AddScoped<ActivityWorkflow>();
        services.AddScoped<RegistrationWorkflow>();
        services.AddScoped<ActivityOutputQueries>();
        services.AddScoped<ActivityOutputWorkflow>();
        services.AddScoped<WorkspaceQueries>();
        services.AddScoped<OutputQueries>();
        services.AddScoped<OutputWorkflow>();
        services.AddScoped<DelegationQueries>();
        services.AddScoped<DelegationWorkflow>();
        services.AddScoped<CityPlacesRelease>();
        services.AddHostedService<CityPlacesReleaser>();
        services.AddScoped<CalendarFeedQueries>();
        services.AddScoped<CalendarFeedWorkflow>();
        services.AddScoped<CooperationDashboardQueries>();
        return services;
    }
}
