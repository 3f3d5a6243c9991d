<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">Камера включается…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">Нет камеры: воспользуйтесь сканером или введите свой ID</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">Камера отключена, переподключение…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">Камера: поднесите к ней карту или пропуск</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">База данных занята. Повторяем попытку.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">Эта станция не может сохранять записи. Обратитесь в ИТ-отдел.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">Базе данных требуется внимание. Обратитесь в ИТ-отдел.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">Что-то пошло не так. Обратитесь за помощью на стойку регистрации.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">Киоск CRC: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">Состояние станции</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">Проверка станции…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">База данных в порядке</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n запись ожидает синхронизации</numerusform>
            <numerusform>%n записи ожидают синхронизации</numerusform>
            <numerusform>%n записей ожидают синхронизации</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">Нет ожидающих записей</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">Все записи отправлены</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n запись отклонена</numerusform>
            <numerusform>%n записи отклонены</numerusform>
            <numerusform>%n записей отклонено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">Экран приветствия</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Добро пожаловать</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">Коснитесь своего языка, чтобы начать</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Поднесите карту или пропуск к камере</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">Показать экран на этом языке</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">План A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">План B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">Логотип %1</translation>
    </message>
</context>
</TS>
