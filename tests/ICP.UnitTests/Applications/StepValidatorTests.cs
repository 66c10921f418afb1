using System.Globalization;
using FluentValidation;
using ICP.Infrastructure.Persistence;
using ICP.Web;
using ICP.Web.Features.Applications;
using ICP.Web.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Xunit;

namespace ICP.UnitTests.Applications;

/// <summary>The step rules: a draft may be incomplete but never break a limit; submission needs everything.</summary>
public sealed class StepValidatorTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private SqliteIcpDbContext _db = default!;

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync();
        var options = new DbContextOptionsBuilder<SqliteIcpDbContext>().UseSqlite(_connection).Options;
        _db = new SqliteIcpDbContext(options);
        await _db.Database.MigrateAsync();
        await new ICP.Infrastructure.Seeding.ProgrammeSeeder(_db, Microsoft.Extensions.Logging.Abstractions.NullLogger<ICP.Infrastructure.Seeding.ProgrammeSeeder>.Instance, TimeProvider.System).SeedAsync();
        _db.Users.Add(new ICP.Infrastructure.Identity.PortalUser { Id = "founder", UserName = "founder@liege.example", Email = "founder@liege.example", DisplayName = "Founder" });
        _db.LocalAuthorities.Add(new ICP.Domain.Authorities.LocalAuthority("Ville de Liège", "BE", "founder", DateTimeOffset.UnixEpoch));
        await _db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task LocalAuthority_EmptyDraft_CanBeSaved_ButIsNotComplete()
    {
        var (errors, needed) = await CheckAsync(new LocalAuthorityStepFormValidator(Localizer.Instance, _db), new LocalAuthorityStepForm { CountryCode = "BE" });

        Assert.Empty(errors);
        Assert.Equal(["OfficialName", "Region", "Population", "Website", "Address"], needed);
    }

    [Theory]
    [InlineData(nameof(LocalAuthorityStepForm.Website), "www.liege.be")]
    [InlineData(nameof(LocalAuthorityStepForm.Website), "ftp://liege.be")]
    [InlineData(nameof(LocalAuthorityStepForm.Population), "0")]
    [InlineData(nameof(LocalAuthorityStepForm.Population), "40000001")]
    public async Task LocalAuthority_ValuesBreakingALimit_CannotBeSavedEvenAsADraft(string field, string value)
    {
        var form = new LocalAuthorityStepForm { CountryCode = "BE" };
        if (field == nameof(LocalAuthorityStepForm.Website))
        {
            form.Website = value;
        }
        else
        {
            form.Population = int.Parse(value, CultureInfo.InvariantCulture);
        }

        var (errors, _) = await CheckAsync(new LocalAuthorityStepFormValidator(Localizer.Instance, _db), form);

        Assert.Equal([field], errors);
    }

    [Fact]
    public async Task LocalAuthority_RenamedToAnotherRegisteredCity_IsRefusedByTheAsyncRule()
    {
        var form = new LocalAuthorityStepForm { OfficialName = "VILLE DE LIEGE", CountryCode = "BE", AuthorityId = 999 };

        var (errors, _) = await CheckAsync(new LocalAuthorityStepFormValidator(Localizer.Instance, _db), form);

        Assert.Equal(["OfficialName"], errors);
    }

    [Fact]
    public async Task Contacts_Formats_AreCheckedOnlyWhenFilled()
    {
        var validator = new ContactsStepFormValidator(Localizer.Instance);

        var (empty, _) = await CheckAsync(validator, new ContactsStepForm());
        var (bad, _) = await CheckAsync(validator, new ContactsStepForm { PoliticalLeadEmail = "mayor at city", CoordinatorPhone = "call me" });
        var (good, needed) = await CheckAsync(validator, new ContactsStepForm
        {
            PoliticalLeadName = "A", PoliticalLeadRole = "Mayor", PoliticalLeadEmail = "mayor@city.example", PoliticalLeadPhone = "+32 2 299 11 11",
            CoordinatorName = "B", CoordinatorRole = "Officer", CoordinatorEmail = "b@city.example", CoordinatorPhone = "+1 (902) 490-4000",
        });

        Assert.Empty(empty);
        Assert.Equal(["PoliticalLeadEmail", "CoordinatorPhone"], bad);
        Assert.Empty(good);
        Assert.Empty(needed);
    }

    [Fact]
    public async Task Themes_TheSameThemeTwice_OrOneOutsideTheCall_IsRefused()
    {
        var validator = new ThemesStepFormValidator(Localizer.Instance);
        string[] themes = ["air-quality", "circular-economy"];

        var (twice, _) = await CheckAsync(validator, new ThemesStepForm { PrimaryTheme = "air-quality", SecondaryTheme = "air-quality", AvailableThemes = themes });
        var (unknown, _) = await CheckAsync(validator, new ThemesStepForm { PrimaryTheme = "space-travel", AvailableThemes = themes });
        var (one, needed) = await CheckAsync(validator, new ThemesStepForm { PrimaryTheme = "air-quality", AvailableThemes = themes });

        Assert.Equal(["SecondaryTheme"], twice);
        Assert.Equal(["PrimaryTheme"], unknown);
        Assert.Empty(one);
        Assert.Empty(needed);
    }

    [Fact]
    public async Task Case_ShortAnswers_CanBeDrafted_ButNotSubmitted()
    {
        var (errors, needed) = await CheckAsync(new CaseStepFormValidator(Localizer.Instance), new CaseStepForm
        {
            MainChallenge = "Short.", GoodPractices = new string('g', 100), InternationalExperience = "None yet.", Stakeholders = "University.",
            ExpectedResults = new string('r', 100),
        });

        Assert.Empty(errors);
        Assert.Equal(["MainChallenge"], needed);
    }

    [Fact]
    public async Task Capacity_BothStudyVisitsAndEnglish_AreRequiredToSubmit()
    {
        var (errors, needed) = await CheckAsync(new CapacityStepFormValidator(Localizer.Instance), new CapacityStepForm
        {
            StaffDaysPerMonth = 4, DelegationSize = 2, WillingToHost = "no", AvailableForBothStudyVisits = false, WorkingLanguageEnglish = false,
        });
        var (tooMany, _) = await CheckAsync(new CapacityStepFormValidator(Localizer.Instance), new CapacityStepForm { DelegationSize = 6, StaffDaysPerMonth = 32, WillingToHost = "perhaps" });

        Assert.Empty(errors);
        Assert.Equal(["AvailableForBothStudyVisits", "WorkingLanguageEnglish"], needed);
        Assert.Equal(["StaffDaysPerMonth", "DelegationSize", "WillingToHost"], tooMany);
    }

    [Fact]
    public void FieldRules_ComeFromTheValidators_ForThePageHints()
    {
        var rules = FormValidation.RulesFor(new CaseStepFormValidator(Localizer.Instance), nameof(CaseStepForm.MainChallenge));

        Assert.Equal(new FieldRules(3000, Required: false, RequiredToSubmit: true), rules);
    }

    private static async Task<(List<string> Errors, List<string> Needed)> CheckAsync<T>(IValidator<T> validator, T form)
    {
        var draft = await validator.ValidateAsync(form);
        var complete = await validator.ValidateAsync(form, options => options.IncludeRuleSets(FormValidation.Complete));
        return ([.. draft.Errors.Select(e => e.PropertyName)], [.. complete.Errors.Select(e => e.PropertyName)]);
    }

    /// <summary>Returns the English text (the resource key) with its arguments: the rules, not the translations, are under test.</summary>
    private sealed class Localizer : IStringLocalizer<SharedResource>
    {
        public static readonly Localizer Instance = new();

        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
