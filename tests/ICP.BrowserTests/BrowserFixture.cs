using Microsoft.Playwright;
using Xunit;

[assembly: AssemblyFixture(typeof(ICP.BrowserTests.BrowserFixture))]

namespace ICP.BrowserTests;

/// <summary>
/// One headless Chromium for the whole run: Debian's own build, driven by Playwright (browsers
/// cannot be downloaded here). Without it the tests skip and say how to install it; under
/// <c>CI=true</c> a missing browser is a failure, not a skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailable;

    public static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => new[] { Path.Combine(folder, "chromium"), Path.Combine(folder, "chromium-browser") })
            .FirstOrDefault(File.Exists);
    }

    public async ValueTask InitializeAsync()
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            _unavailable = "Chromium was not found (looked at CHROMIUM_PATH and for chromium on PATH). "
                + "Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh, isolated browser context (its own cookies and storage), or a skip/failure when there is no browser.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, BrowserNewContextOptions? options = null)
    {
        if (_browser is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"CI=true and no browser: {_unavailable}");
            }

            Assert.Skip(_unavailable ?? "No browser.");
        }

        options ??= new BrowserNewContextOptions();
        options.BaseURL = baseAddress.ToString();
        options.Locale ??= "en-GB";
        options.TimezoneId ??= "Europe/Brussels";
        var context = await _browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        FailOnBrowserErrorsAttribute.Watch(context);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
