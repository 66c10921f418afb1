using System.Diagnostics;
using System.Globalization;
using System.Net;
using ICP.Testing;
using static ICP.Testing.FormSubmission;

namespace ICP.Benchmarks;

/// <summary>
/// One city officer during the rush, as a browser would behave: fetches the first step, saves it
/// with a new answer, and every third round submits from the review page; then thinks for a moment.
/// Every request's time is recorded; every answer the portal acknowledged is remembered, to be
/// looked for in the database afterwards.
/// </summary>
public sealed class RushApplicant(string email, int applicationId, Uri portal) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true })
    {
        BaseAddress = portal,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public string Email => email;

    public int ApplicationId => applicationId;

    /// <summary>The last region the portal said it saved (null if none).</summary>
    public string? LastSavedRegion { get; private set; }

    public int Saves { get; private set; }

    public int Submissions { get; private set; }

    public List<double> LatenciesMs { get; } = [];

    public List<string> Errors { get; } = [];

    public void Dispose() => _client.Dispose();

    public async Task SignInAsync()
    {
        var login = await HtmlPage.GetAsync(_client, "/account/login");
        var landed = await _client.SubmitAsync(login, "main form", [Field("Form.Email", email), Field("Form.Password", ICP.Web.Features.Demo.DemoData.Password)]);
        if (landed.Response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{email} could not sign in: {landed.MainText}");
        }
    }

    public async Task RunAsync(DateTime until, int seed)
    {
        var random = new Random(seed);
        for (var round = 1; DateTime.UtcNow < until; round++)
        {
            try
            {
                var step = await TimedAsync(() => HtmlPage.GetAsync(_client, $"/applicant/applications/{applicationId}/steps/local-authority"));
                if (!Check(step, "step page", "#step-form"))
                {
                    continue;
                }

                var region = string.Create(CultureInfo.InvariantCulture, $"Rush region {seed} {round}");
                var saved = await TimedAsync(() => _client.SubmitAsync(step, "#step-form", [Field("Region", region)], "#save"));
                if (Check(saved, "save", null) && saved.Document.QuerySelector("#form-errors") is null)
                {
                    LastSavedRegion = region;
                    Saves++;
                }
                else if (saved.Document.QuerySelector("#form-errors") is not null)
                {
                    Errors.Add("save refused: " + saved.Element("#form-errors").TextContent.Trim());
                }

                if (round % 3 == 0)
                {
                    var review = await TimedAsync(() => HtmlPage.GetAsync(_client, $"/applicant/applications/{applicationId}/review"));
                    if (Check(review, "review page", "#submit-form"))
                    {
                        var submitted = await TimedAsync(() => _client.SubmitAsync(review, "#submit-form", [Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")]));
                        if (Check(submitted, "submit", "#receipt-notice"))
                        {
                            Submissions++;
                        }
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Errors.Add($"{e.GetType().Name}: {e.Message}");
            }

            await Task.Delay(random.Next(500, 1500));
        }
    }

    private bool Check(HtmlPage page, string what, string? selector)
    {
        if (page.StatusCode != HttpStatusCode.OK)
        {
            Errors.Add($"{what}: {(int)page.StatusCode} {page.MainText[..Math.Min(200, page.MainText.Length)]}");
            return false;
        }

        if (selector is not null && page.Document.QuerySelector(selector) is null)
        {
            Errors.Add($"{what}: no {selector} on {page.Response.RequestMessage!.RequestUri!.AbsolutePath}: {page.MainText[..Math.Min(200, page.MainText.Length)]}");
            return false;
        }

        return true;
    }

    private async Task<HtmlPage> TimedAsync(Func<Task<HtmlPage>> request)
    {
        var started = Stopwatch.GetTimestamp();
        var page = await request();
        lock (LatenciesMs)
        {
            LatenciesMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return page;
    }
}
