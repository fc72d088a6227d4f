def test_home_lists_the_shipped_document(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Peru&#39;s political crisis" in response.text or "Peru's political crisis" in response.text


def test_healthz(client):
    assert client.get("/healthz").status_code == 200
