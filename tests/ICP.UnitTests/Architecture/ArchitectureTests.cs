using System.Runtime.InteropServices;
using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using ICP.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Xunit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ICP.UnitTests.Architecture;

/// <summary>
/// The dependency rules of the layout (docs/architecture.md, ADR 23), checked on the compiled
/// assemblies so that a violation fails the test run, not a review.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Features = "ICP.Web.Features";

    // Loading and analysing the assemblies takes a few seconds: once for the class.
    private static readonly ArchUnitNET.Domain.Architecture Portal = new ArchLoader()
        .LoadAssemblies(typeof(DomainException).Assembly, typeof(Program).Assembly)
        .Build();

    [Fact]
    public void Domain_ReferencedAssemblies_AreAllInTheBaseClassLibrary()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var outside = typeof(DomainException).Assembly.GetReferencedAssemblies()
            .Where(name => !IsBaseClassLibrary(name, runtime))
            .Select(name => name.FullName)
            .ToList();

        Assert.True(outside.Count == 0, "ICP.Domain must reference nothing but the base class library; it references " + string.Join(", ", outside));
    }

    [Fact]
    public void FeatureTypes_Dependencies_IncludeNoAreaAndNoController()
    {
        var presentation = Types().That().ResideInNamespaceOrBelow("ICP.Web.Areas")
            .Or().ResideInNamespaceOrBelow("ICP.Web.Controllers")
            .Or().AreAssignableTo(typeof(ControllerBase))
            .As("areas and controllers");
        var rule = Types().That().ResideInNamespaceOrBelow(Features)
            .Should().NotDependOnAny(presentation)
            .Because("features are shared by both areas and the public pages, and know nothing of the screens that call them");

        rule.Check(Portal);
    }

    [Fact]
    public void FeatureFolders_Dependencies_FormNoCycle()
    {
        // A feature folder builds on folders below it (docs/architecture.md), never on one that builds on it.
        var rule = SliceRuleDefinition.Slices().Matching(Features + ".(*)..").Should().BeFreeOfCycles();

        rule.Check(Portal);
    }

    [Fact]
    public void QueriesTypes_CalledMethods_IncludeNoSaveChanges()
    {
        // Read from the IL rather than with ArchUnitNET: its NotCallAny does not see calls made in
        // an async method's body (the compiler moves it to a nested state machine), which is where
        // every query's database work is.
        var saving = typeof(Program).Assembly.GetTypes()
            .Where(type => type.Name.EndsWith("Queries", StringComparison.Ordinal))
            .SelectMany(type => CalledMethods.Of(type).Select(called => (type, called)))
            .Where(call => call.called.Name.StartsWith("SaveChanges", StringComparison.Ordinal))
            .Select(call => $"{call.type.FullName} calls {call.called.DeclaringType?.Name}.{call.called.Name}")
            .Distinct()
            .ToList();

        Assert.True(saving.Count == 0, "Queries only read; a change goes through a workflow (one write unit, audited): " + string.Join("; ", saving));
    }

    private static bool IsBaseClassLibrary(System.Reflection.AssemblyName name, string runtimeDirectory)
    {
        if (name.Name is not { } simple || !(simple is "System" or "netstandard" or "mscorlib" || simple.StartsWith("System.", StringComparison.Ordinal)))
        {
            return false;
        }

        // A package may call itself System.*: only what ships with the runtime itself counts.
        var location = System.Reflection.Assembly.Load(name).Location;
        return location.StartsWith(runtimeDirectory, StringComparison.Ordinal);
    }
}
