using ICP.Web.Features.Applications;
using Xunit;

namespace ICP.UnitTests.Applications;

public sealed class ReceiptCodeTests
{
    [Fact]
    public void New_IsTwelveCrockfordCharactersInThreeGroups()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => ReceiptCodes.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("7k2m q9xd 4htb", "7K2M-Q9XD-4HTB")]
    [InlineData("7K2M-Q9XD-4HTB", "7K2M-Q9XD-4HTB")]
    [InlineData("OIL0-1111-2222", "0110-1111-2222")]
    [InlineData("7K2M-Q9XD-4HT", null)]
    [InlineData("7K2M-Q9XD-4HTU", null)]
    [InlineData("", null)]
    public void Normalize_ReadsCodesAsPeopleTypeThem(string typed, string? expected)
    {
        Assert.Equal(expected, ReceiptCodes.Normalize(typed));
    }
}
