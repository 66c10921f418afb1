using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Playwright;
using Xunit;
using Xunit.v3;

[assembly: ICP.BrowserTests.FailOnBrowserErrors]

namespace ICP.BrowserTests;

/// <summary>
/// After each browser test: the test fails if any page of a browser context it opened received a
/// 5xx response or logged a console or script error, whether or not the test looked.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class FailOnBrowserErrorsAttribute : BeforeAfterTestAttribute
{
    private static readonly ConcurrentDictionary<string, ConcurrentBag<BrowserErrors>> Watched = new(StringComparer.Ordinal);

    /// <summary>Watches <paramref name="context"/> on behalf of the test that is running.</summary>
    public static void Watch(IBrowserContext context)
    {
        var test = TestContext.Current.Test?.UniqueID ?? throw new InvalidOperationException("A browser context is opened outside a test.");
        Watched.GetOrAdd(test, _ => []).Add(new BrowserErrors(context));
    }

    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        if (!Watched.TryRemove(test.UniqueID, out var contexts))
        {
            return;
        }

        var problems = contexts.SelectMany(c => c.Problems).ToList();
        foreach (var problem in problems)
        {
            TestContext.Current.TestOutputHelper?.WriteLine("BROWSER " + problem);
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The browser saw errors during this test:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }
}
