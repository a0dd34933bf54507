using AdobeTarget.Internal;
using Microsoft.Extensions.Options;

namespace AdobeTarget.AspNetCore.Tests.Fuzz;

/// <summary>100,000 random and mutated cookies and hints each: nothing throws, and nothing outside the rules gets through.</summary>
public class CookieAndHintFuzzTests
{
    private const int Cases = 100_000;
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MboxCookieCodec_RandomAndMutatedCookies_ParseWithoutThrowingAndKeepOnlyValidEntries()
    {
        var inputs = new FuzzInputs(seed: 20261128);
        var valid = MboxCookieCodec.Write(MboxCookie.Empty, "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "08210e2d751a44779b8313e2d2692b96.21_27", Now).Value;
        for (var i = 0; i < Cases; i++)
        {
            var input = inputs.Chance(50) ? inputs.Mutate(valid) : inputs.RandomText(200);

            var cookie = MboxCookieCodec.Parse(input, Now);

            foreach (var entry in cookie.Entries)
            {
                Assert.True(entry.Value.Length is > 0 and <= 128 && entry.Value.All(c => c is > ' ' and <= '~' and not ('#' or '|' or ';' or ',' or '%')), $"case {i}: value '{entry.Value}' of '{input}'");
                Assert.True(entry.Expires >= Now.ToUnixTimeSeconds(), $"case {i}: expired entry kept from '{input}'");
            }

            Assert.True(cookie.SessionId is null || TargetSessionId.Validate(cookie.SessionId) == cookie.SessionId, $"case {i}: '{input}'");

            // Whatever was read writes back to a cookie that reads the same.
            var written = MboxCookieCodec.Format(cookie, Now);
            Assert.Equal(cookie.Entries, MboxCookieCodec.Parse(written.Value, Now).Entries);
        }
    }

    [Fact]
    public void LocationHints_RandomAndMutated_NeverShapeAHostOutsideTheRules()
    {
        var inputs = new FuzzInputs(seed: 42);
        var edge = new EdgeHost(Options.Create(new AdobeTargetOptions { ClientCode = "acme", OrganizationId = "A@AdobeOrg" }));
        string[] seeds = ["21", "mboxedge21.tt.omtrdc.net", "08210e2d751a44779b8313e2d2692b96.21_27"];
        for (var i = 0; i < Cases; i++)
        {
            var input = inputs.Chance(60) ? inputs.Mutate(seeds[i % seeds.Length]) : inputs.RandomText(40);

            foreach (var hint in new[] { LocationHint.Validate(input), LocationHint.FromTntId(input), LocationHint.FromEdgeHost(input) })
            {
                Assert.True(hint is null || (hint.Length is >= 1 and <= 4 && hint.All(char.IsAsciiDigit)), $"case {i}: '{input}' gave hint '{hint}'");
                var host = edge.For(LocationHint.Validate(hint)).Address.Host;
                Assert.True(host == "acme.tt.omtrdc.net" || (host.StartsWith("mboxedge", StringComparison.Ordinal) && host.EndsWith(".tt.omtrdc.net", StringComparison.Ordinal) && host[8..^14].All(char.IsAsciiDigit)), $"case {i}: '{input}' reached host '{host}'");
            }
        }
    }
}
