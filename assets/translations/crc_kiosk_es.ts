<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">Iniciando la cámara…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">Sin cámara: use el escáner o escriba su número de identificación</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">Cámara desconectada, reconectando…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">Cámara: acerque su tarjeta o pase</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">La base de datos está ocupada. Intentando de nuevo.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">Esta estación no puede guardar registros. Llame al equipo de TI.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">La base de datos necesita atención. Llame al equipo de TI.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">Algo salió mal. Pida ayuda en la recepción.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">Quiosco CRC: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">Estado de la estación</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">Revisando la estación…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">Base de datos correcta</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n registro pendiente de sincronizar</numerusform>
            <numerusform>%n registros pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">No hay registros pendientes</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">Todos los registros enviados</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n registro rechazado</numerusform>
            <numerusform>%n registros rechazados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">Pantalla de bienvenida</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Bienvenidos</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">Toque su idioma para comenzar</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Acerque su tarjeta o pase a la cámara</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">Mostrar la pantalla en este idioma</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">Plan A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">Plan B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">Logotipo de %1</translation>
    </message>
</context>
</TS>
