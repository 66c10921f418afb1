using System.Collections.Concurrent;
using System.Reflection;
using Xunit;
using Xunit.v3;

namespace ICP.Testing;

/// <summary>
/// Applied to a test assembly (<c>[assembly: FailOnServerErrors]</c>): after each test, every portal
/// the test used writes what it logged at Error or above to the test's output, and the test fails
/// if any of it was not declared with <see cref="ServerErrorLog.Expect"/>. A portal belongs to the
/// test that created it, or, for a class fixture, to the tests of its class (they run one at a time).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
public sealed class FailOnServerErrorsAttribute : BeforeAfterTestAttribute
{
    private static readonly ConcurrentDictionary<PortalFactory, (string? Test, string? TestClass)> Portals = new();

    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        var mine = Portals
            .Where(p => p.Value.Test == test.UniqueID || (p.Value.Test is null && p.Value.TestClass == test.TestMethod.TestClass.UniqueID))
            .Select(p => p.Key);
        var unexpected = mine.SelectMany(portal => portal.ServerErrors.TakeUnreported()).Where(e => e.ExpectedBecause is null).ToList();
        if (unexpected.Count > 0)
        {
            throw new ServerErrorLoggedException(unexpected.Select(e => e.Error));
        }
    }

    /// <summary>Remembers which test (or class, for a fixture) is creating <paramref name="portal"/>.</summary>
    internal static void Track(PortalFactory portal)
    {
        var context = TestContext.Current;
        Portals[portal] = (context.Test?.UniqueID, context.TestClass?.UniqueID);
    }

    internal static void Forget(PortalFactory portal) => Portals.TryRemove(portal, out _);
}
