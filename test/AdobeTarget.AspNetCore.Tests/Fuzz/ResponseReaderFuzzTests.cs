using System.Net;
using System.Text;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Internal;

namespace AdobeTarget.AspNetCore.Tests.Fuzz;

/// <summary>100,000 random and mutated edge answers: each status gives its own outcome (a response, no body, or the documented exception for it).</summary>
public class ResponseReaderFuzzTests
{
    private const int Cases = 100_000;

    [Fact]
    public async Task DeliveryResponseReader_RandomAndMutatedBodies_GiveAResponseOrADocumentedError()
    {
        var inputs = new FuzzInputs(seed: 7);
        HttpStatusCode[] statuses = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.InternalServerError, HttpStatusCode.NoContent, HttpStatusCode.Accepted];
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < Cases; i++)
        {
            var body = (i % 3) switch
            {
                0 => Encoding.UTF8.GetBytes(inputs.Mutate(SeedExample.PrefetchResponse)),
                1 => Encoding.UTF8.GetBytes(inputs.Mutate("""{"status":400,"message":"Invalid token"}""")),
                _ => inputs.RandomBytes(64),
            };
            using var http = new HttpResponseMessage(statuses[i % statuses.Length]) { Content = new ByteArrayContent(body) };

            var status = statuses[i % statuses.Length];
            string outcome;
            try
            {
                var response = await DeliveryResponseReader.ReadAsync(http, "req", 1024 * 1024, CancellationToken.None);
                outcome = response is null ? "no body" : "response";
                Assert.True(status == HttpStatusCode.NoContent ? response is null : status is HttpStatusCode.OK or HttpStatusCode.Accepted && response is not null, $"case {i}: {(int)status} read as {outcome}");
            }
            catch (TargetEdgeException e)
            {
                Assert.True(e.EdgeMessage is null || !e.EdgeMessage.Any(char.IsControl), $"case {i}");
                Assert.Equal(status, e.StatusCode);
                outcome = "edge error";
            }
            catch (TargetResponseFormatException e)
            {
                Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Accepted, $"case {i}: {(int)status} read as a format error");
                Assert.Equal(status, e.StatusCode);
                outcome = "format error";
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        // Every kind of outcome was reached, so the cases exercised each path.
        Assert.Equal(["edge error", "format error", "no body", "response"], outcomes.Keys.Order());
    }
}
