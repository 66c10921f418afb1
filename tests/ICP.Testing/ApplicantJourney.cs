using System.Net;
using System.Net.Http.Headers;
using static ICP.Testing.FormSubmission;

namespace ICP.Testing;

/// <summary>
/// A city officer using the portal over HTTP, as a browser would: every page fetched, every form
/// posted with the antiforgery token it carries, cookies kept between requests.
/// </summary>
public sealed class ApplicantJourney
{
    public const string StrongPassword = "Tall-Lantern-Orbit-93";

    private ApplicantJourney(Mailbox mailbox, HttpClient client, string email, string name)
    {
        Mailbox = mailbox;
        Client = client;
        Email = email;
        Name = name;
    }

    /// <summary>Where the portal's e-mails to this officer arrive.</summary>
    public Mailbox Mailbox { get; }

    public HttpClient Client { get; }

    public string Email { get; }

    public string Name { get; }

    /// <summary>Registers, confirms the address through the link the portal e-mailed, and signs in (with <paramref name="client"/> when given).</summary>
    public static Task<ApplicantJourney> RegisterAsync(PortalFactory portal, string email, string name, HttpClient? client = null) =>
        RegisterAsync(client ?? portal.CreateVisitorClient(), portal.Mailbox, email, name);

    /// <summary>The same, against any running portal (e.g. a separate process): its client and the folder it writes e-mails to.</summary>
    public static async Task<ApplicantJourney> RegisterAsync(HttpClient client, Mailbox mailbox, string email, string name)
    {
        var journey = new ApplicantJourney(mailbox, client, email, name);
        var register = await HtmlPage.GetAsync(journey.Client, "/account/register");
        var registered = await journey.Client.SubmitAsync(register, "main form", [
            Field("DisplayName", name), Field("Email", email), Field("Password", StrongPassword),
            Field("ConfirmPassword", StrongPassword), Field("AcceptPrivacy", "true")]);
        if (registered.Response.RequestMessage!.RequestUri!.AbsolutePath != "/account/register/check-email")
        {
            throw new InvalidOperationException("Registration refused: " + registered.MainText);
        }

        var message = await mailbox.WaitForAsync(email, "Confirm your e-mail address");
        var confirmed = await HtmlPage.GetAsync(journey.Client, Mailbox.LinkIn(message, "/account/confirm-email").PathAndQuery);
        if (confirmed.Document.QuerySelector("#confirmed") is null)
        {
            throw new InvalidOperationException("Confirmation failed: " + confirmed.MainText);
        }

        await journey.SignInAsync();
        return journey;
    }

    /// <summary>Signs in to an account that already exists (e.g. a demo city's officer) with a new client.</summary>
    public static async Task<ApplicantJourney> SignInExistingAsync(PortalFactory portal, string email, string password)
    {
        var journey = new ApplicantJourney(portal.Mailbox, portal.CreateVisitorClient(), email, email);
        var landed = await journey.SignInAsync(password);
        if (landed.Response.RequestMessage!.RequestUri!.AbsolutePath != "/applicant")
        {
            throw new InvalidOperationException("Not signed in: " + landed.MainText);
        }

        return journey;
    }

    public Task<HtmlPage> GetAsync(string url) => HtmlPage.GetAsync(Client, url);

    public async Task<HtmlPage> SignInAsync(string? password = null)
    {
        var login = await HtmlPage.GetAsync(Client, "/account/login");
        return await Client.SubmitAsync(login, "main form", [Field("Form.Email", Email), Field("Form.Password", password ?? StrongPassword)]);
    }

    public async Task<HtmlPage> CreateAuthorityAsync(string officialName, string countryCode)
    {
        var dashboard = await HtmlPage.GetAsync(Client, "/applicant");
        return await Client.SubmitAsync(dashboard, "#new-authority", [Field("NewAuthority.OfficialName", officialName), Field("NewAuthority.CountryCode", countryCode)]);
    }

    /// <summary>Starts the application; returns its id.</summary>
    public async Task<int> StartApplicationAsync()
    {
        var dashboard = await HtmlPage.GetAsync(Client, "/applicant");
        var step = await Client.SubmitAsync(dashboard, "form[action='/applicant/applications']");
        var path = step.Response.RequestMessage!.RequestUri!.AbsolutePath;
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3 || parts[1] != "applications")
        {
            throw new InvalidOperationException($"Not started ({step.StatusCode} at {path}): {step.MainText}");
        }

        return int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<HtmlPage> SaveStepAsync(int applicationId, string slug, params KeyValuePair<string, string>[] values)
    {
        var page = await HtmlPage.GetAsync(Client, $"/applicant/applications/{applicationId}/steps/{slug}");
        return await Client.SubmitAsync(page, "#step-form", values, "#save");
    }

    /// <summary>Complete, valid answers for every step.</summary>
    public static IReadOnlyDictionary<string, KeyValuePair<string, string>[]> CompleteAnswers(string officialName) => new Dictionary<string, KeyValuePair<string, string>[]>
    {
        ["local-authority"] =
        [
            Field("OfficialName", officialName), Field("Region", "Western Cape"), Field("Population", "4600000"),
            Field("Website", "https://www.capetown.gov.za"), Field("Address", "12 Hertzog Boulevard, Cape Town 8001"),
        ],
        ["contacts"] =
        [
            Field("PoliticalLeadName", "Nomvula Dlamini"), Field("PoliticalLeadRole", "Deputy Mayor"),
            Field("PoliticalLeadEmail", "deputy.mayor@city.example"), Field("PoliticalLeadPhone", "+27 21 400 1111"),
            Field("CoordinatorName", "Pieter van Wyk"), Field("CoordinatorRole", "Head of International Relations"),
            Field("CoordinatorEmail", "international@city.example"), Field("CoordinatorPhone", "+27 21 400 2222"),
        ],
        ["themes"] = [Field("PrimaryTheme", "circular-economy"), Field("SecondaryTheme", "energy-transition")],
        ["case"] =
        [
            Field("MainChallenge", "Waste from informal settlements overwhelms collection services, and landfill space will run out within ten years unless materials are kept in use."),
            Field("GoodPractices", "A city-wide separation-at-source pilot in 40,000 households, with community buy-back centres that pay residents for recyclables and create local jobs."),
            Field("InternationalExperience", "Partner in the C40 waste network since 2015; twinned with Aachen on water management."),
            Field("Stakeholders", "University of Cape Town, the regional chamber of commerce, waste-picker cooperatives."),
            Field("ExpectedResults", "A local action plan on the circular economy adopted by the council, two pilot projects co-designed with the partner cities, and a shared monitoring method."),
        ],
        ["capacity"] =
        [
            Field("StaffDaysPerMonth", "8"), Field("DelegationSize", "3"), Field("AvailableForBothStudyVisits", "true"),
            Field("WillingToHost", "yes"), Field("WorkingLanguageEnglish", "true"),
        ],
    };

    /// <summary>
    /// The least a city can answer and still submit: every answer the form calls optional left empty
    /// (one theme, no second), and the other choice of every either/or (not willing to host, no staff
    /// days yet, no international experience).
    /// </summary>
    public static IReadOnlyDictionary<string, KeyValuePair<string, string>[]> MinimalAnswers(string officialName)
    {
        var answers = CompleteAnswers(officialName).ToDictionary(a => a.Key, a => a.Value);
        answers["themes"] = [Field("PrimaryTheme", "air-quality"), Field("SecondaryTheme", string.Empty)];
        answers["case"] = [.. answers["case"].Where(f => f.Key != "InternationalExperience"), Field("InternationalExperience", "None yet.")];
        answers["capacity"] =
        [
            Field("StaffDaysPerMonth", "0"), Field("DelegationSize", "1"), Field("AvailableForBothStudyVisits", "true"),
            Field("WillingToHost", "no"), Field("WorkingLanguageEnglish", "true"),
        ];
        return answers;
    }

    /// <summary>Which answers a journey gives: every field filled, or only what submission needs.</summary>
    public enum Answers
    {
        Complete,
        Minimal,
    }

    public static IReadOnlyDictionary<string, KeyValuePair<string, string>[]> AnswersFor(Answers answers, string officialName) =>
        answers == Answers.Minimal ? MinimalAnswers(officialName) : CompleteAnswers(officialName);

    public async Task FillEveryStepAsync(int applicationId, string officialName, Answers answers = Answers.Complete)
    {
        foreach (var (slug, values) in AnswersFor(answers, officialName))
        {
            var saved = await SaveStepAsync(applicationId, slug, values);
            if (saved.Document.QuerySelector("#form-errors") is not null || saved.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Step {slug} not saved: {saved.MainText}");
            }
        }
    }

    /// <summary>Uploads through the document page's form (or, with <paramref name="tokenFrom"/>, with the token of a page fetched earlier).</summary>
    public async Task<HtmlPage> UploadAsync(int applicationId, byte[] bytes, string fileName = "letter.pdf", string contentType = "application/pdf", HtmlPage? tokenFrom = null)
    {
        var page = tokenFrom ?? await HtmlPage.GetAsync(Client, $"/applicant/applications/{applicationId}/document");
        var token = page.Element("form input[name='__RequestVerificationToken']").GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "letter", fileName);
        var response = await Client.PostAsync(new Uri($"/applicant/applications/{applicationId}/document", UriKind.Relative), content);
        return await HtmlPage.FromResponseAsync(response);
    }

    /// <summary>The review page's submit form, declarations ticked, posted once.</summary>
    public async Task<HtmlPage> SubmitAsync(int applicationId)
    {
        var review = await HtmlPage.GetAsync(Client, $"/applicant/applications/{applicationId}/review");
        return await Client.SubmitAsync(review, "#submit-form", [Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")]);
    }

    /// <summary>Registers (as "Officer " + the authority), creates the authority and starts its application: an empty draft.</summary>
    public static Task<(ApplicantJourney Journey, int ApplicationId)> DraftAsync(
        PortalFactory portal, string email, string authority, string country, HttpClient? client = null) =>
        DraftAsync(client ?? portal.CreateVisitorClient(), portal.Mailbox, email, authority, country);

    public static async Task<(ApplicantJourney Journey, int ApplicationId)> DraftAsync(HttpClient client, Mailbox mailbox, string email, string authority, string country)
    {
        var journey = await RegisterAsync(client, mailbox, email, "Officer " + authority);
        await journey.CreateAuthorityAsync(authority, country);
        return (journey, await journey.StartApplicationAsync());
    }

    /// <summary>Registers, creates the authority, fills everything, uploads the letter: ready to submit.</summary>
    public static Task<(ApplicantJourney Journey, int ApplicationId)> ReadyToSubmitAsync(
        PortalFactory portal, string email, string authority, string country, Answers answers = Answers.Complete) =>
        ReadyToSubmitAsync(portal.CreateVisitorClient(), portal.Mailbox, email, authority, country, answers);

    public static async Task<(ApplicantJourney Journey, int ApplicationId)> ReadyToSubmitAsync(
        HttpClient client, Mailbox mailbox, string email, string authority, string country, Answers answers = Answers.Complete)
    {
        var (journey, id) = await DraftAsync(client, mailbox, email, authority, country);
        await journey.FillEveryStepAsync(id, authority, answers);
        var uploaded = await journey.UploadAsync(id, TestDocuments.Pdf());
        if (uploaded.Document.QuerySelector("#current-document") is null)
        {
            throw new InvalidOperationException("Upload failed: " + uploaded.MainText);
        }

        return (journey, id);
    }
}
