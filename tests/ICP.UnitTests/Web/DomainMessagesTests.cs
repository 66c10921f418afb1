using System.Globalization;
using System.Reflection;
using ICP.Domain.Common;
using ICP.Domain.Evaluation;
using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;
using Xunit;

namespace ICP.UnitTests.Web;

/// <summary>What a person reads when a rule refuses a change (in English: the keys are the English texts).</summary>
public sealed class DomainMessagesTests
{
    private static readonly EnglishLocalizer English = new();

    private static readonly string Fallback = English["The request could not be processed"];

    /// <summary>Every refusal the domain can raise, but the one for data no form can produce.</summary>
    public static TheoryData<string> RefusalTypes() =>
        [.. typeof(DomainException).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DomainException)) && !t.IsAbstract && t != typeof(InvalidProgrammeDataException))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RefusalTypes))]
    public void EveryRefusal_HasItsOwnMessage(string typeName)
    {
        var refusal = Sample(typeof(DomainException).Assembly.GetType(typeName, throwOnError: true)!);

        Assert.NotEqual(Fallback, DomainMessages.For(refusal, English));
    }

    [Fact]
    public void ChangingASubmittedEvaluation_SaysItIsFinal_NotThatAScoreIsOutOfRange()
    {
        Assert.Equal("This evaluation was submitted and is final: its scores and comments can no longer be changed.", DomainMessages.For(new EvaluationFinalException(), English));
        Assert.Equal("A score is a whole number from 0 to 5.", DomainMessages.For(new ScoreOutOfRangeException(), English));
    }

    [Fact]
    public void RefusedWithdrawal_OfAnApplicationNotSubmitted_SaysOnlyASubmittedOneCanBe()
    {
        Assert.Equal("Only a submitted application can be withdrawn.", DomainMessages.For(new InvalidStatusTransitionException("Draft", "Withdrawn"), English));
        Assert.Equal("This change of status is not allowed.", DomainMessages.For(new InvalidStatusTransitionException("Draft", "Selected"), English));
    }

    [Fact]
    public void QuotaFull_GroupOfOneSeat_SaysItsOnlySeatIsTaken()
    {
        Assert.Equal("The SG group has no seat left: its only seat is taken.", DomainMessages.For(new QuotaFullException("SG", 1), English));
    }

    [Fact]
    public void QuotaFull_GroupOfSeveralSeats_SaysHowMany()
    {
        Assert.Equal("The EU group has no seat left: its 14 seats are taken.", DomainMessages.For(new QuotaFullException("EU", 14), English));
    }

    /// <summary>An instance made with its first constructor and plain sample arguments.</summary>
    private static DomainException Sample(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).First();
        var arguments = constructor.GetParameters().Select(p => SampleOf(p.ParameterType)).ToArray();
        return (DomainException)constructor.Invoke(arguments);
    }

    private static object? SampleOf(Type type) => type switch
    {
        _ when type == typeof(string) => "sample",
        _ when type == typeof(int) => 2,
        _ when type == typeof(long) => 2L,
        _ when type == typeof(bool) => false,
        _ when type == typeof(TimeSpan) => TimeSpan.FromMinutes(2),
        _ when type == typeof(IReadOnlyList<int>) => new List<int> { 1 },
        _ when type == typeof(IReadOnlyList<string>) => new List<string> { "sample" },
        _ when type.IsValueType => Activator.CreateInstance(type),
        _ => null,
    };

    /// <summary>The portal's localiser without a resource: the key, formatted.</summary>
    private sealed class EnglishLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
