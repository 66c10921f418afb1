using ICP.Web.Features.Accounts;
using ICP.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;
using static ICP.Testing.FormSubmission;

namespace ICP.Testing;

/// <summary>
/// A DG REGIO staff member over HTTP: signs in with the password and a code from the authenticator
/// (computed from the demo key at the portal's clock), then works through the staff pages' forms.
/// </summary>
public sealed class StaffJourney
{
    private StaffJourney(PortalFactory portal, HttpClient client, string email)
    {
        Portal = portal;
        Client = client;
        Email = email;
    }

    public PortalFactory Portal { get; }

    public HttpClient Client { get; }

    public string Email { get; }

    public static string ManagerEmail => DemoData.ManagerEmail;

    public static string EvaluatorEmail(int number) => $"evaluator{number}@{DemoData.Domain}";

    /// <summary>The demo's staff: one programme manager and <paramref name="evaluators"/> evaluators, no applications.</summary>
    public static async Task SeedStaffAsync(PortalFactory portal, int evaluators)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(0, evaluators, CancellationToken.None);
    }

    /// <summary>The current code of the demo authenticator. Each code is accepted once, so the clock moves on a step first.</summary>
    public static string NextCode(PortalFactory portal)
    {
        portal.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        return Totp.Code(Totp.FromBase32(DemoData.AuthenticatorKey), Totp.TimeStep(portal.Clock.GetUtcNow()));
    }

    /// <summary>Signs in with a new client (or <paramref name="client"/>, e.g. one on a real socket).</summary>
    public static async Task<StaffJourney> SignInAsync(PortalFactory portal, string email, HttpClient? client = null)
    {
        var journey = new StaffJourney(portal, client ?? portal.CreateClient(), email);
        await journey.SignInAgainAsync();
        return journey;
    }

    /// <summary>Password, then the authenticator code; throws unless the staff area opens.</summary>
    public async Task SignInAgainAsync()
    {
        var login = await HtmlPage.GetAsync(Client, "/account/login");
        var second = await Client.SubmitAsync(login, "main form", [Field("Form.Email", Email), Field("Form.Password", DemoData.Password)]);
        if (second.Response.RequestMessage!.RequestUri!.AbsolutePath != "/account/login/two-factor")
        {
            throw new InvalidOperationException("No second step: " + second.MainText);
        }

        var landed = await Client.SubmitAsync(second, "main form", [Field("Form.Code", NextCode(Portal))]);
        if (!landed.Response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/admin", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Not in the staff area: " + landed.MainText);
        }
    }

    public Task<HtmlPage> GetAsync(string url) => HtmlPage.GetAsync(Client, url);

    public async Task<HtmlPage> SubmitAsync(string url, string formSelector, params KeyValuePair<string, string>[] values) =>
        await Client.SubmitAsync(await GetAsync(url), formSelector, values);

    public Task<HtmlPage> DeclareAsync(params string[] countries) =>
        SubmitAsync("/admin/evaluations/declaration", "#declaration-form", [.. countries.Select(c => Field("countries", c)), Field("confirm", "true")]);

    /// <summary>Scores every criterion with <paramref name="score"/> and submits (or saves a draft).</summary>
    public async Task<HtmlPage> ScoreAsync(int applicationId, int score, bool submit = true)
    {
        var page = await GetAsync($"/admin/evaluations/{applicationId}");
        var count = page.All("#score-form select").Count;
        var values = Enumerable.Range(0, count).SelectMany(i => new[] { Field($"Form.Scores[{i}].Score", score.ToString(System.Globalization.CultureInfo.InvariantCulture)), Field($"Form.Scores[{i}].Comment", $"Criterion {i + 1}: scored {score}.") })
            .Append(Field("Form.Comment", "A convincing case.")).ToList();
        return await Client.SubmitAsync(page, "#score-form", values, submit ? "button[name='submit']" : "button[name='save']");
    }

    /// <summary>Stages a decision with the candidate's form, turning the board's pages until it is found.</summary>
    public async Task<HtmlPage> StageAsync(string group, int applicationId, string outcome, string note = "Panel decision")
    {
        var board = await GetAsync($"/admin/selection/{group}");
        while (board.Document.QuerySelector($"#stage-{applicationId}") is null
               && board.Document.QuerySelector("#pagination a[rel=next]")?.GetAttribute("href") is { } next)
        {
            board = await GetAsync($"/admin/selection/{group}{next}");
        }

        return await Client.SubmitAsync(board, $"#stage-{applicationId}", [Field("outcome", outcome), Field("note", note)]);
    }

    public Task<HtmlPage> ReleaseAsync(string group) => SubmitAsync($"/admin/selection/{group}/preview", "#release-form");
}
