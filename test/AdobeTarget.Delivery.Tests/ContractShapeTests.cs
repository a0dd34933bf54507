using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdobeTarget.Delivery.Tests;

public class ContractShapeTests
{
    [Fact]
    public void Write_NullProperties_AreOmitted()
    {
        var request = new DeliveryRequest { Context = new Context { Channel = ChannelType.Web } };

        Assert.Equal("""{"context":{"channel":"web"}}""", JsonSerializer.Serialize(request, DeliveryJsonContext.Default.DeliveryRequest));
    }

    [Fact]
    public void Read_UnknownFields_AreToleratedAndKept()
    {
        const string Json = """{"status":200,"newTopLevel":{"a":[1,2]},"prefetch":{"mboxes":[{"name":"m","index":0,"futureField":true}]}}""";

        var response = JsonSerializer.Deserialize(Json, DeliveryJsonContext.Default.DeliveryResponse)!;

        Assert.Equal(200, response.Status);
        Assert.Equal("m", response.Prefetch!.Mboxes![0].Name);
        Assert.True(response.Prefetch.Mboxes[0].AdditionalProperties!["futureField"].GetBoolean());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json), JsonNode.Parse(JsonSerializer.Serialize(response, DeliveryJsonContext.Default.DeliveryResponse))));
    }

    [Theory]
    [InlineData("""{"type":"html","content":"<p>Hi</p>"}""", JsonValueKind.String)]
    [InlineData("""{"type":"json","content":{"flag":true,"limit":15,"nested":{"a":[1,"b"]}}}""", JsonValueKind.Object)]
    [InlineData("""{"type":"actions","content":[{"type":"setHtml","selector":"#h","cssSelector":"#h","content":"x"},{"type":"setStyle","selector":"#b","content":{"background-color":"red"}}]}""", JsonValueKind.Array)]
    public void OptionContent_EachShape_IsKeptWithoutLoss(string json, JsonValueKind kind)
    {
        var option = JsonSerializer.Deserialize(json, DeliveryJsonContext.Default.Option)!;

        Assert.Equal(kind, option.Content!.Value.ValueKind);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(option, DeliveryJsonContext.Default.Option))));
    }

    [Fact]
    public void OptionContent_Actions_ReadAsOptionActions()
    {
        var option = JsonSerializer.Deserialize("""{"type":"actions","content":[{"type":"setStyle","selector":"#b","cssSelector":"#b","content":{"color":"red"}}]}""", DeliveryJsonContext.Default.Option)!;

        var action = option.Content!.Value.EnumerateArray().Select(a => a.Deserialize(DeliveryJsonContext.Default.OptionAction)!).Single();

        Assert.Equal("setStyle", action.Type);
        Assert.Equal("#b", action.CssSelector);
        Assert.Equal("red", action.Content!.Value.GetProperty("color").GetString());
    }

    [Fact]
    public void ResponseTokensAndTrace_MixedValues_AreKeptAsTheyCame()
    {
        const string Json = """{"options":[{"responseTokens":{"activity.id":125,"name":"x","affinity":["a","b"]}}],"trace":{"clientCode":"acme","campaigns":[{"id":1}],"seconds":1.5}}""";

        var mbox = JsonSerializer.Deserialize(Json, DeliveryJsonContext.Default.MboxResponse)!;

        var tokens = mbox.Options![0].ResponseTokens!;
        Assert.Equal(125, tokens["activity.id"].GetInt32());
        Assert.Equal("x", tokens["name"].GetString());
        Assert.Equal(["a", "b"], tokens["affinity"].EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1.5, mbox.Trace!["seconds"].GetDouble());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json), JsonNode.Parse(JsonSerializer.Serialize(mbox, DeliveryJsonContext.Default.MboxResponse))));
    }

    [Fact]
    public void Read_WrongTypeForField_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"status":"OK"}""", DeliveryJsonContext.Default.DeliveryResponse));

    [Fact]
    public void WithExpression_CopiesWithoutChangingTheOriginal()
    {
        var original = new DeliveryRequest { RequestId = "a", Id = new VisitorId { TntId = "t" } };

        var copy = original with { RequestId = "b" };

        Assert.Equal("a", original.RequestId);
        Assert.Equal("b", copy.RequestId);
        Assert.Same(original.Id, copy.Id);
    }
}
