using System.Globalization;
using ICP.Domain.Common;
using ICP.Web.Infrastructure;
using Microsoft.Extensions.Localization;
using Xunit;

namespace ICP.UnitTests.Web;

/// <summary>What staff read when a rule refuses a change (in English: the keys are the English texts).</summary>
public sealed class DomainMessagesTests
{
    private static readonly EnglishLocalizer English = new();

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

    /// <summary>The portal's localiser without a resource: the key, formatted.</summary>
    private sealed class EnglishLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
