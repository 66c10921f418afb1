using ICP.Domain.Authorities;
using ICP.Infrastructure.Seeding;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Authorities;

/// <summary>A city registered once cannot be registered again under a name that only looks different.</summary>
public sealed class LookalikeAuthorityTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RegisterAuthority_TheSameNameWithAnInvisibleCharacterOrACyrillicLetter_IsRefused()
    {
        var first = await ApplicantJourney.RegisterAsync(portal, "first@dup.example", "First Officer");
        await first.CreateAuthorityAsync("Dup45e2ville", "IT");

        foreach (var (email, lookalike) in new[] { ("zwsp@dup.example", "Dup45e2\u200Bville"), ("cyrillic@dup.example", "Dup45\u04352ville") })
        {
            var other = await ApplicantJourney.RegisterAsync(portal, email, "Another Officer");
            var refused = await other.CreateAuthorityAsync(lookalike, "IT");

            Assert.Equal(
                "A local authority with this name is already registered in this country. Ask its team to invite you.",
                refused.Texts("#NewAuthority_OfficialName-invalid").Single());
        }

        Assert.Equal(["Dup45e2ville"], await portal.WithDbAsync(db => db.LocalAuthorities.Where(a => a.CountryCode == "IT").Select(a => a.OfficialName).ToListAsync()));
    }

    [Fact]
    public async Task Seeding_BringsNamesComparedUnderAnEarlierRule_UpToDate_ExceptLookalikesAlreadyRegisteredTwice()
    {
        await (await ApplicantJourney.RegisterAsync(portal, "old@old.example", "Old")).CreateAuthorityAsync("Ol\u0501town", "PT"); // Cyrillic ԁ
        await (await ApplicantJourney.RegisterAsync(portal, "twin@old.example", "Twin")).CreateAuthorityAsync("Twinville", "PT");
        await (await ApplicantJourney.RegisterAsync(portal, "zwsp@old.example", "Zwsp")).CreateAuthorityAsync("Twinvi\u200Blle", "AT");

        // As the earlier rule left them: the Cyrillic letter kept, the invisible one read as a space
        // (which let the second Twinville in).
        await portal.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE LocalAuthorities SET NormalizedName = {"ol\u0501town"} WHERE OfficialName = {"Ol\u0501town"}");
            await db.Database.ExecuteSqlAsync($"UPDATE LocalAuthorities SET NormalizedName = {"twinvi lle"}, CountryCode = {"PT"} WHERE OfficialName = {"Twinvi\u200Blle"}");
        });

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProgrammeSeeder>().SeedAsync();
        }

        var names = await portal.WithDbAsync(db => db.LocalAuthorities.Where(a => a.CountryCode == "PT").ToDictionaryAsync(a => a.OfficialName, a => a.NormalizedName));
        Assert.Equal(LocalAuthority.Normalize("Oldtown"), names["Ol\u0501town"]);
        Assert.Equal("twinville", names["Twinville"]);
        Assert.Equal("twinvi lle", names["Twinvi\u200Blle"]); // left for staff to resolve: two teams registered it
    }
}
